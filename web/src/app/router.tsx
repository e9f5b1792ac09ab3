import { createBrowserRouter, Navigate } from 'react-router';
import { Loading } from '@/components/loading';
import { AppLayout } from './layout';
import { RouteError } from './route-error';
import { HomeRedirect } from './routes/home';

/** Pages load on demand, so the first download is the shell and the page opened. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  { path: '/login', lazy: page(() => import('./routes/login')), errorElement: <RouteError />, hydrateFallbackElement: <Loading /> },
  { path: '/signup', lazy: page(() => import('./routes/signup')), errorElement: <RouteError />, hydrateFallbackElement: <Loading /> },
  {
    path: '/',
    element: <AppLayout />,
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
      { path: 'organizer/*', lazy: page(() => import('./routes/organizer')) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
