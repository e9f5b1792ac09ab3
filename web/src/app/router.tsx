import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate } from 'react-router';
import { meQuery } from '@/features/auth/api/auth';
import { eventListQuery } from '@/hooks/use-events';
import { scheduleQuery } from '@/features/organizer/api/organizer';
import { getToken } from '@/lib/auth-token';
import { storedEventId } from '@/lib/current-event';
import { Loading } from '@/components/loading';
import { AppLayout } from './layout';
import { RouteError } from './route-error';
import { HomeRedirect } from './routes/home';

/** Pages load on demand, so the first download is the shell and the page opened. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

/**
 * The signed-in shell's first reads (the account, the events), started while the opened page's code downloads rather
 * than after it: the router renders nothing until the page's module is in. Not awaited, so nothing waits on them here.
 */
const startShellReads = (queryClient: QueryClient) => () => {
  const token = getToken();
  if (token) {
    void queryClient.prefetchQuery(meQuery(token));
    void queryClient.prefetchQuery(eventListQuery());
  }
  return null;
};

/**
 * The schedule board's schedule (megabytes at conference scale) for the remembered event, started with the page's code
 * too; when the page settles on another event (or refuses the caller) this read is simply not used.
 */
const startBoardRead = (queryClient: QueryClient) => ({ params }: { params: Record<string, string | undefined> }) => {
  const eventId = storedEventId();
  if (getToken() && eventId && params['*'] === 'board') void queryClient.prefetchQuery(scheduleQuery(eventId));
  return null;
};

export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    { path: '/login', lazy: page(() => import('./routes/login')), errorElement: <RouteError />, hydrateFallbackElement: <Loading /> },
    { path: '/signup', lazy: page(() => import('./routes/signup')), errorElement: <RouteError />, hydrateFallbackElement: <Loading /> },
    {
      path: '/',
      element: <AppLayout />,
      loader: startShellReads(queryClient),
      errorElement: <RouteError />,
      hydrateFallbackElement: <Loading />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'account', lazy: page(() => import('./routes/account')) },
        { path: 'profile', lazy: page(() => import('./routes/profile')) },
        { path: 'matches', lazy: page(() => import('./routes/matches')) },
        { path: 'review', lazy: page(() => import('./routes/review')) },
        { path: 'requests', lazy: page(() => import('./routes/requests')) },
        { path: 'agenda', lazy: page(() => import('./routes/agenda')) },
        { path: 'meetings/:meetingId', lazy: page(() => import('./routes/meeting')) },
        { path: 'ir', lazy: page(() => import('./routes/ir')) },
        { path: 'demands', lazy: page(() => import('./routes/demands')) },
        { path: 'demands/:demandId', lazy: page(() => import('./routes/demand-detail')) },
        { path: 'organizer/*', loader: startBoardRead(queryClient), lazy: page(() => import('./routes/organizer')) },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
