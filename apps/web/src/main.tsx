// The staff back office of Ostoja: one page app, served by the API server from apps/web/dist.
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { config } from 'zod/v4/core';
import { createQueryClient } from './api/query.ts';
import { App } from './app/App.tsx';
import { AuthProvider } from './app/auth.tsx';
import { I18nProvider } from './app/i18n.tsx';
import './app/first-strings.ts';

// The server's Content-Security-Policy forbids eval: zod must not even probe for it (the probe is
// reported as a policy violation although zod catches it).
config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <BrowserRouter>
        <I18nProvider>
          <AuthProvider>
            <App />
          </AuthProvider>
        </I18nProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
