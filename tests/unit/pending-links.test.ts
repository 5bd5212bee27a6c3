import { describe, expect, it } from 'vitest';
import { linkArguments, PendingLinks } from '../../src-main/links/pending-links.ts';

const confirm = 'bitrixid://confirm-login?token=tok_abcdefghijklmnopqrstuvwxyz012345';
const recover = 'bitrixid://recover?login=alice%40example.com&checkword=Ab3dEf9h';

describe('links the OS hands over before the app core can take them', () => {
  it('are found among a launch’s arguments, whatever the scheme’s case', () => {
    expect(linkArguments(['/usr/bin/app', '--no-sandbox', confirm, 'BITRIXID://recover?x=1'])).toEqual([confirm, 'BITRIXID://recover?x=1']);
  });

  it('wait, in order, and go to the app core once it takes them; later ones go straight through', () => {
    const links = new PendingLinks();
    const received: string[] = [];
    links.takeArguments(['/opt/bitrix-id/bitrix-id', '--no-sandbox', confirm]);
    links.take(recover);
    expect(received).toEqual([]);

    links.deliverTo((link) => received.push(link));
    expect(received).toEqual([confirm, recover]);

    links.takeArguments(['/opt/bitrix-id/bitrix-id', recover, '--flag']);
    expect(received).toEqual([confirm, recover, recover]);
  });

  it('deliver each waiting link once', () => {
    const links = new PendingLinks();
    links.take(confirm);
    const first: string[] = [];
    const second: string[] = [];
    links.deliverTo((link) => first.push(link));
    links.deliverTo((link) => second.push(link));
    expect(first).toEqual([confirm]);
    expect(second).toEqual([]);
  });
});
