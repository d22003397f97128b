import { describe, expect, it } from 'vitest';
import { envelope, isAllowedSender, parseCommand, wireFilters } from '../../src/embed/protocol';

const base = { source: 'alliance-map', apiVersion: 1 };

describe('parseCommand', () => {
  it('reads set-filters with arrays or strings, replacing every filter', () => {
    const result = parseCommand({ ...base, type: 'set-filters', filters: { sdg: [13, 17], region: '24', support: ['direct-funding'] } });
    expect(result.ok).toBe(true);
    if (!result.ok || result.command.type !== 'set-filters') throw new Error('expected set-filters');
    expect(result.command.filters.sdg).toEqual([13, 17]);
    expect(result.command.filters.region).toEqual(['24']);
    expect(result.command.filters.support).toEqual(['direct-funding']);
    expect(result.command.filters.kind).toEqual([]);
    expect(result.warning).toBeUndefined();
  });

  it('keeps the good values of set-filters and warns about the others', () => {
    const result = parseCommand({ ...base, type: 'set-filters', filters: { sdg: [13, 99], colour: 'red' } });
    expect(result.ok).toBe(true);
    if (!result.ok || result.command.type !== 'set-filters') throw new Error('expected set-filters');
    expect(result.command.filters.sdg).toEqual([13]);
    expect(result.warning).toContain('sdg=99');
    expect(result.warning).toContain('colour=red');
  });

  it('reads focus, fit and get-state', () => {
    expect(parseCommand({ ...base, type: 'focus', id: 'ademe' })).toEqual({ ok: true, command: { type: 'focus', id: 'ademe' } });
    expect(parseCommand({ ...base, type: 'focus', id: null })).toEqual({ ok: true, command: { type: 'focus', id: null } });
    expect(parseCommand({ ...base, type: 'fit' })).toEqual({ ok: true, command: { type: 'fit' } });
    expect(parseCommand({ ...base, type: 'get-state', requestId: 7 })).toEqual({ ok: true, command: { type: 'get-state', requestId: 7 } });
  });

  it('refuses what is not a command of this API', () => {
    for (const data of [
      null,
      'fit',
      { type: 'fit' },
      { ...base, apiVersion: 2, type: 'fit' },
      { ...base, type: 'explode' },
      { ...base, type: 'focus', id: 3 },
      { ...base, type: 'set-filters', filters: 'sdg=13' },
    ]) {
      const result = parseCommand(data);
      expect(result.ok, JSON.stringify(data)).toBe(false);
    }
  });
});

describe('isAllowedSender', () => {
  const parent = {};
  it('takes commands from the parent window only', () => {
    expect(isAllowedSender(parent, 'https://a.org', parent, [])).toBe(true);
    expect(isAllowedSender({}, 'https://a.org', parent, [])).toBe(false);
    expect(isAllowedSender(parent, 'https://a.org', null, [])).toBe(false);
  });
  it('and from a listed origin when origins are listed', () => {
    expect(isAllowedSender(parent, 'https://a.org', parent, ['https://a.org', 'https://b.org'])).toBe(true);
    expect(isAllowedSender(parent, 'https://evil.org', parent, ['https://a.org'])).toBe(false);
  });
});

describe('messages out', () => {
  it('carry the envelope', () => {
    expect(envelope({ type: 'select', id: null })).toEqual({ source: 'alliance-map', apiVersion: 1, type: 'select', id: null });
  });
  it('give list filters as arrays and the others as strings', () => {
    expect(
      wireFilters([
        ['sdg', '13,17'],
        ['national', 'all'],
        ['period', '2020-'],
      ]),
    ).toEqual({ sdg: ['13', '17'], national: 'all', period: '2020-' });
  });
});

describe('messages whose values cannot be turned into text', () => {
  it('refuses them with a reason instead of throwing (found by the property test)', () => {
    const odd = { toString: false };
    expect(parseCommand({ source: 'alliance-map', apiVersion: odd, type: 'fit' })).toEqual({
      ok: false,
      reason: 'apiVersion an object is not supported (expected 1)',
    });
    expect(parseCommand({ source: 'alliance-map', apiVersion: 1, type: odd })).toEqual({
      ok: false,
      reason: 'unknown command type an object',
    });
    expect(parseCommand({ source: 'alliance-map', apiVersion: 1, type: 10n })).toEqual({ ok: false, reason: 'unknown command type 10n' });
  });
});
