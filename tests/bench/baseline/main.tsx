/**
 * The bench's yardstick: the least a React 19 sign-in page can ship. The app's bytes and
 * load time are reported as ratios to this page, built and loaded in the same run.
 */
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <form>
    <label>
      Email
      <input />
    </label>
    <button>Sign in</button>
  </form>,
);
