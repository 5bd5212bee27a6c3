// First: main's answer about the session travels while the rest is evaluated.
import './start-session.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { initI18n } from './i18n/i18n.ts';
import { applyRememberedTheme } from './stores/theme.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// The colours and the catalogue main said last time are ready before the first paint, so nothing flickers.
applyRememberedTheme();
const catalogue = initI18n();
if (catalogue) void catalogue.then(render);
else render();
