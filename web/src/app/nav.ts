import type { Role } from '@/features/auth/api/auth';

export interface NavItem {
  to: string;
  label: string; // i18n key
}

/** What each role's navigation offers, in the order of its job. */
export function navFor(role: Role): NavItem[] {
  switch (role) {
    case 'startup':
      return [
        { to: '/matches', label: 'nav.matches' },
        { to: '/requests', label: 'nav.requests' },
        { to: '/ir', label: 'nav.ir' },
        { to: '/agenda', label: 'nav.agenda' },
        { to: '/profile', label: 'nav.profile' },
      ];
    case 'investor':
      return [
        { to: '/review', label: 'nav.review' },
        { to: '/matches', label: 'nav.pitchList' },
        { to: '/ir', label: 'nav.irSessions' },
        { to: '/requests', label: 'nav.requests' },
        { to: '/agenda', label: 'nav.agenda' },
        { to: '/profile', label: 'nav.thesis' },
      ];
    case 'corporate':
      return [
        { to: '/demands', label: 'nav.demands' },
        { to: '/requests', label: 'nav.requests' },
        { to: '/agenda', label: 'nav.agenda' },
        { to: '/profile', label: 'nav.company' },
      ];
    case 'organizer':
      return [
        { to: '/organizer', label: 'nav.dashboard' },
        { to: '/organizer/approvals', label: 'nav.approvals' },
        { to: '/organizer/events', label: 'nav.events' },
        { to: '/organizer/participants', label: 'nav.participants' },
        { to: '/organizer/matching', label: 'nav.matching' },
        { to: '/organizer/schedule', label: 'nav.schedule' },
        { to: '/organizer/board', label: 'nav.board' },
        { to: '/organizer/ir', label: 'nav.irAllocation' },
        { to: '/organizer/reports', label: 'nav.reports' },
      ];
  }
}

export function homeFor(role: Role): string {
  return navFor(role)[0].to;
}
