import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from '../stores/store';
import { startUrlSync } from '../stores/urlSync';
import './theme.css';

// The URL is read before the first render so that a deep link never flashes the default view.
startUrlSync(useAppStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
