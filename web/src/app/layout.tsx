import { Alert, AppShell, Burger, Button, Group, Menu, NavLink as MantineNavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { LanguageSwitcher } from '@/features/account/components/language-switcher';
import { useLogout, useMe } from '@/features/auth/api/auth';
import { EventSwitcher } from '@/features/events/components/event-switcher';
import { NotificationsMenu } from '@/features/notifications/components/notifications-menu';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { useToken } from '@/lib/auth-token';
import { navFor } from './nav';

/** The signed-in shell: header (event, notifications, language, account), role navigation, page. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const adopted = useRef(false);

  useEffect(close, [location.pathname, close]);
  // The account's language wins once per session when the browser has no explicit choice.
  useEffect(() => {
    const locale = me.data?.locale;
    if (adopted.current || !locale) return;
    adopted.current = true;
    if (!localStorage.getItem(LANGUAGE_STORAGE_KEY) && locale !== i18n.language) void i18n.changeLanguage(locale);
  }, [me.data?.locale, i18n]);

  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.isLoading || !me.data) return <Loading />;
  const account = me.data;
  // A pending account may only read itself and write its profile: nothing else is asked of the server.
  const active = account.status === 'active';
  const items = active ? navFor(account.role) : navFor(account.role).filter((i) => i.to === '/profile');

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <UnstyledButton component={Link} to="/" aria-label={t('app.home')}>
              <Text fw={700} c="blue.8" size="lg" style={{ whiteSpace: 'nowrap' }}>
                Supergap
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {active && (
              <>
                <Group visibleFrom="md">
                  <EventSwitcher />
                </Group>
                <NotificationsMenu />
              </>
            )}
            <Group visibleFrom="sm">
              <LanguageSwitcher />
            </Group>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="subtle" size="compact-sm" aria-label={t('account.menu')} maw={140}>
                  <Text size="sm" truncate>
                    {account.displayName}
                  </Text>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t(`roles.${account.role}`)}</Menu.Label>
                <Menu.Item component={Link} to="/account">
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  onClick={() => {
                    logout();
                    navigate('/login');
                  }}
                >
                  {t('auth.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        {active && (
          <AppShell.Section hiddenFrom="md" mb="sm">
            <EventSwitcher />
          </AppShell.Section>
        )}
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <MantineNavLink
              key={item.to}
              component={NavLink}
              to={item.to}
              end={item.to === '/organizer'}
              label={t(item.label)}
              active={item.to === '/organizer' ? location.pathname === item.to : location.pathname.startsWith(item.to)}
            />
          ))}
          <MantineNavLink component={NavLink} to="/account" label={t('nav.account')} active={location.pathname === '/account'} />
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" mt="sm">
          <LanguageSwitcher />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {account.status === 'pending' && (
          <Alert color="yellow" title={t('auth.pendingTitle')} mb="md">
            {t('auth.pendingExplained')}
          </Alert>
        )}
        <Outlet context={account} />
      </AppShell.Main>
    </AppShell>
  );
}
