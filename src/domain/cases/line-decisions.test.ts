import { describe, expect, it } from 'vitest';
import type { ServiceLine } from '../criteria/criteria-types.ts';
import { decideLines } from './line-decisions.ts';

const boost: ServiceLine = { code: '77412', codeSystem: 'CPT', description: 'Boost', units: 5, phase: 'boost', technique: '3D', fractions: 5, decidedBy: [] };
const whole: ServiceLine = { code: '77412', codeSystem: 'CPT', description: 'Whole breast', units: 16, phase: 'initial', technique: 'IMRT', fractions: 16, decidedBy: [] };
const brace: ServiceLine = { code: 'L0650', codeSystem: 'HCPCS', description: 'Back brace', units: 2, decidedBy: [] };

describe('decideLines (partial approval)', () => {
  it('marks each line approved, partly approved or denied by what is approved of it', () => {
    const result = decideLines([whole, boost, brace], [
      { lineNumber: 1, unitsApproved: 16, fractionsApproved: 16 },
      { lineNumber: 2, unitsApproved: 0, fractionsApproved: 0 },
      { lineNumber: 3, unitsApproved: 1 },
    ]);
    expect(result.ok && result.lines.map((line) => [line.status, line.unitsApproved, line.fractionsApproved])).toEqual([
      ['approved', 16, 16],
      ['denied', 0, 0],
      ['partially_approved', 1, undefined],
    ]);
  });

  it('counts fewer fractions as a partial approval even with the units unchanged', () => {
    const result = decideLines([whole, brace], [
      { lineNumber: 1, unitsApproved: 16, fractionsApproved: 10 },
      { lineNumber: 2, unitsApproved: 2 },
    ]);
    expect(result.ok && result.lines[0]?.status).toBe('partially_approved');
  });

  it('names the field of each line that is wrong', () => {
    const result = decideLines([whole, brace], [
      { lineNumber: 1, unitsApproved: 17 },
      { lineNumber: 2, unitsApproved: 1, fractionsApproved: 1 },
      { lineNumber: 3, unitsApproved: 1 },
    ]);
    expect(result).toEqual({
      ok: false,
      message: 'Check what is approved of each line.',
      fieldErrors: {
        lines: 'There is no line 3 on this request.',
        'lines.0.unitsApproved': 'At most the 16 requested.',
        'lines.0.fractionsApproved': 'Enter the fractions approved (0 for none).',
        'lines.1.fractionsApproved': 'This line is not counted in fractions.',
      },
    });
  });

  it('refuses all or nothing: that is an approval or a denial', () => {
    expect(decideLines([brace], [{ lineNumber: 1, unitsApproved: 2 }])).toMatchObject({ ok: false, message: 'Everything requested is approved: approve the request instead.' });
    expect(decideLines([brace], [{ lineNumber: 1, unitsApproved: 0 }])).toMatchObject({ ok: false, message: 'Nothing is approved: deny the request instead.' });
  });
});
