import { QueryClient } from '@tanstack/react-query';

/** The one query cache: the router's sign-in guard and the screens share it. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
