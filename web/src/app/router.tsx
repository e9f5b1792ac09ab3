import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate } from 'react-router';
import { meQuery } from '@/features/auth/api/auth';
import { eventListQuery } from '@/hooks/use-events';
import { boardQuery } from '@/features/organizer/api/organizer';
import { getToken, tokenRole } from '@/lib/auth-token';
import { storedEventId } from '@/lib/current-event';
import { Loading } from '@/components/loading';
import { AppLayout } from './layout';
import { RouteError } from './route-error';
import { HomeRedirect } from './routes/home';

/** Pages load on demand, so the first download is the shell and the page opened. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

/**
 * The signed-in shell's first reads, started while the opened page's code downloads rather than after it (the router
 * renders nothing until the page's module is in): the account, then — for an active account, as the layout would —
 * the events; and on the schedule board, when the token was issued to an organizer, the board's read of the
 * remembered event at once, beside the account's (hundreds of kB at conference scale; when the page settles on
 * another event this read is simply not used). Not awaited: nothing waits on them here.
 */
const startShellReads = (queryClient: QueryClient, board: boolean) => {
  const token = getToken();
  if (!token) return;
  const eventId = storedEventId();
  if (board && eventId && tokenRole(token) === 'organizer') void queryClient.prefetchQuery(boardQuery(eventId));
  queryClient
    .fetchQuery(meQuery(token))
    .then((me) => {
      if (me.status === 'active') void queryClient.prefetchQuery(eventListQuery());
    })
    .catch(() => undefined); // the layout reads the account again and shows what went wrong
};

export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    { path: '/login', lazy: page(() => import('./routes/login')), errorElement: <RouteError />, hydrateFallbackElement: <Loading /> },
    { path: '/signup', lazy: page(() => import('./routes/signup')), errorElement: <RouteError />, hydrateFallbackElement: <Loading /> },
    {
      path: '/',
      element: <AppLayout />,
      loader: ({ request }: { request: Request }) => {
        startShellReads(queryClient, new URL(request.url).pathname === '/organizer/board');
        return null;
      },
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
        {
          // The role check, then each organizer page a module of its own (loaded together with the check).
          path: 'organizer',
          lazy: page(() => import('./routes/organizer')),
          children: [
            { index: true, lazy: page(() => import('./routes/organizer/dashboard')) },
            { path: 'approvals', lazy: page(() => import('./routes/organizer/approvals')) },
            { path: 'events', lazy: page(() => import('./routes/organizer/events')) },
            { path: 'participants', lazy: page(() => import('./routes/organizer/participants')) },
            { path: 'matching', lazy: page(() => import('./routes/organizer/matching')) },
            { path: 'schedule', lazy: page(() => import('./routes/organizer/schedule')) },
            { path: 'board', lazy: page(() => import('./routes/organizer/board')) },
            { path: 'ir', lazy: page(() => import('./routes/organizer/ir')) },
            { path: 'reports', lazy: page(() => import('./routes/organizer/reports')) },
            { path: '*', element: <Navigate to="/organizer" replace /> },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
