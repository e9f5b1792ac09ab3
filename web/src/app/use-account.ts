import { useOutletContext } from 'react-router';
import type { Me } from '@/features/auth/api/auth';

/** The signed-in account, handed down by the layout. */
export function useAccount(): Me {
  return useOutletContext<Me>();
}
