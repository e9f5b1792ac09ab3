import { Navigate, Outlet } from 'react-router';
import { useAccount } from '../use-account';

/**
 * The organizer's pages: this shell only checks the role; each page (routes/organizer/*) is a module of its own that
 * the router loads with this one, so opening the board downloads the board and not the dashboard's charts or the
 * events form.
 */
export default function OrganizerRoute() {
  const me = useAccount();
  if (me.role !== 'organizer') return <Navigate to="/" replace />;
  return <Outlet />;
}
