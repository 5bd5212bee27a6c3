import { ok, type MockMessage, type MockScenarios, type MockTwoFactorCode, type QrApproval, type Result } from '../../src-preload/contract.ts';
import type { MockBackend, MockScenarioName } from '../../mocks/index.ts';
import { failWith } from '../api/public-error.ts';
import type { SessionService } from './session-service.ts';

/** The mock's scenarios, handed over by the embedded mock: main imports nothing from mocks/ but through its loader. */
export interface MockScenarioCatalogue {
  available: ReadonlyArray<{ name: MockScenarioName; description: string }>;
  isName(value: unknown): value is MockScenarioName;
}

/** Tester tools over the embedded mock; with a real server they do not exist. */
export class MockToolsService {
  readonly backend: MockBackend | null;
  private readonly catalogue: MockScenarioCatalogue | null;
  private readonly qrApproverUserId: string | null;
  private readonly session: SessionService;

  constructor(
    mock: { backend: MockBackend; scenarios: MockScenarioCatalogue; qrApproverUserId: string } | null,
    session: SessionService,
  ) {
    this.backend = mock?.backend ?? null;
    this.catalogue = mock?.scenarios ?? null;
    this.qrApproverUserId = mock?.qrApproverUserId ?? null;
    this.session = session;
  }

  get available(): boolean {
    return this.backend !== null;
  }

  inbox(to: string | undefined): Result<MockMessage[]> {
    if (!this.backend) return notAvailable();
    // The mock's inbox items already have the contract's shape (sentAt is an ISO time).
    return ok(this.backend.inbox(to));
  }

  /** What each two-step account's authenticator app shows now, by the mock's clock. */
  twoFactorCodes(): Result<MockTwoFactorCode[]> {
    if (!this.backend) return notAvailable();
    return ok(
      this.backend.currentTwoFactorCodes().map(({ login, code, validUntil }) => ({ login, code, validUntil: new Date(validUntil).toISOString() })),
    );
  }

  scenarios(): Result<MockScenarios> {
    if (!this.backend || !this.catalogue) return notAvailable();
    return ok({
      current: this.backend.scenario,
      available: this.catalogue.available.map(({ name, description }) => ({ name, description })),
    });
  }

  setScenario(name: string): Result<MockScenarios> {
    if (!this.backend || !this.catalogue) return notAvailable();
    if (!this.catalogue.isName(name)) return failWith('validation', { fields: { name: 'invalid' } });
    this.backend.setScenario(name);
    return this.scenarios();
  }

  /** "Approve as Alice's phone": the newest waiting QR sign-in request, approved as Alice. */
  approveQrSignIn(): Result<QrApproval> {
    if (!this.backend || this.qrApproverUserId === null) return notAvailable();
    // By id, so it still works after Alice changes her e-mail; the mock names an unnamed device.
    const approved = this.backend.approveNewestDeviceAuthorizationAs(this.qrApproverUserId);
    return approved.ok ? ok({ deviceName: approved.deviceName }) : failWith('not_found');
  }

  /** The seed data again: every session is gone, this app's too. */
  async reset(): Promise<Result<MockScenarios>> {
    if (!this.backend) return notAvailable();
    this.backend.reset();
    await this.session.end('signed_out');
    return this.scenarios();
  }
}

const notAvailable = () => failWith('forbidden');
