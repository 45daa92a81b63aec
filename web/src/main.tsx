import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenUnauthenticated } from './api/client';
import { queryClient } from './api/queryClient';
import { router } from './router';
import './styles.css';

// Any 401 (a session that ended, a user deactivated) returns to sign-in with the reason.
whenUnauthenticated((reason) => {
  if (router.state.location.pathname === '/signin') return;
  queryClient.setQueryData(['me'], null);
  void router.navigate({ to: '/signin', search: reason ? { reason } : {} });
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
