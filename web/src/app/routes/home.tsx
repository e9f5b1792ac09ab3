import { Navigate } from 'react-router';
import { homeFor } from '../nav';
import { useAccount } from '../use-account';

export function HomeRedirect() {
  const me = useAccount();
  return <Navigate to={me.status === 'pending' ? '/profile' : homeFor(me.role)} replace />;
}
