/**
 * The identity providers the Network's social sign-in buttons lead to, as the https origins of
 * their sign-in pages: a sign-in that starts on the Network may go there (in the view, or in an
 * in-app pop-up of the same partition) and come back. A closed list: a provider missing here makes
 * its button open the system browser, where the sign-in cannot reach the app's partition, so the
 * fix is one line here.
 *
 * Which providers: Bitrix24's helpdesk names Apple, Office365, LiveID and Zoom on its English sign-in
 * page (article 16954396) and Google, VK and Yandex on the Russian one (article 1374583); its
 * socialservices module adds Facebook, which the English helpdesk's social-login pages mention.
 * Not listed: Mail.ru, Odnoklassniki, Twitter and Telegram, which no sign-in page we read offers.
 *
 * Which origins: each provider's documented OAuth authorization endpoint (accounts.google.com,
 * appleid.apple.com, login.microsoftonline.com for Office365, login.live.com for LiveID,
 * www.facebook.com, oauth.yandex.ru/.com, oauth.vk.com and id.vk.com (VK ID), zoom.us). The
 * providers' own login pages that those redirect to (passport.yandex.ru/.com) are best guesses.
 */
export const IDENTITY_PROVIDER_ORIGINS: readonly string[] = [
  // Google
  'https://accounts.google.com',
  // Apple
  'https://appleid.apple.com',
  // Microsoft: Office365 (work accounts) and LiveID (personal accounts)
  'https://login.microsoftonline.com',
  'https://login.live.com',
  // Facebook
  'https://www.facebook.com',
  // Yandex
  'https://oauth.yandex.ru',
  'https://oauth.yandex.com',
  'https://passport.yandex.ru',
  'https://passport.yandex.com',
  // VK
  'https://oauth.vk.com',
  'https://id.vk.com',
  // Zoom
  'https://zoom.us',
];
