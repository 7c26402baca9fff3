import type { Lang } from './page-context';

/**
 * The console's main menu, in order. A new section of the console adds its entry here; `prefix` says
 * which paths light the entry up (aria-current).
 */
export const navigation: Array<{ href: string; prefix: string; label: Record<Lang, string> }> = [
  { href: '/console/communities', prefix: '/console/communities', label: { fr: 'Communautés', en: 'Communities' } },
  { href: '/console/series', prefix: '/console/series', label: { fr: 'Séries', en: 'Series' } },
  { href: '/console/deliveries', prefix: '/console/deliveries', label: { fr: 'Envois', en: 'Deliveries' } },
];
