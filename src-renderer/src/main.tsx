import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { initI18n } from './i18n/i18n.ts';
import { startStores } from './stores/start-up.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Ask main for the session first, so its answer travels while the catalogue loads and React starts.
startStores();

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// The catalogue for the person's language is ready before the first paint, so nothing flickers.
const catalogue = initI18n();
if (catalogue) void catalogue.then(render);
else render();
