import { useTranslation } from 'react-i18next';
import type { en } from './en.ts';

type KnownProvider = keyof typeof en.providers;
/** The services the catalogue names (checked both ways against it by the compiler). */
const knownProviders = [
  'google',
  'apple',
  'microsoft',
  'facebook',
  'yandex',
  'vk',
  'zoom',
  'twitter',
  'vkontakte',
  'mailru',
  'office365',
] as const satisfies readonly KnownProvider[];
type Listed = (typeof knownProviders)[number];
// Fails to compile if the catalogue names a service missing from the list above.
const allListed: Exclude<KnownProvider, Listed> extends never ? true : false = true;
void allListed;
const isKnownProvider = (id: string): id is KnownProvider => (knownProviders as readonly string[]).includes(id);

/**
 * A social service's name in the person's language ("Яндекс", "ВКонтакте" in Russian): the
 * catalogue's for a service it knows, else the name the server gives, else its id.
 */
export function useProviderName(): (id: string, serverName?: string) => string {
  const { t } = useTranslation();
  return (id, serverName) => {
    const key = id.toLowerCase();
    return isKnownProvider(key) ? t(`providers.${key}`) : (serverName ?? id);
  };
}
