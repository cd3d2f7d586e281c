/**
 * Tests never touch the internet: every outbound HTTP request is refused by
 * nock unless it goes to loopback, where the tests run their own fakes.
 */
import nock from 'nock';
import { afterAll, beforeAll } from 'vitest';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterAll(() => {
  nock.cleanAll();
});
