import { describe, expect, it } from 'vitest';
import { validation } from '../../../src/api/errors.js';
import { describeFieldError } from '../../../src/ui/errors.js';

describe('an api validation error under its form field', () => {
  it("calls the field by the form's label, not by the api's option name", () => {
    expect(describeFieldError(validation('last', 'field.required'), 'nl', 'Familienaam')).toBe('Familienaam is verplicht');
    expect(describeFieldError(validation('last', 'field.required'), 'en', 'Last name')).toBe('Last name is required');
  });

  it('leaves out a leading "field:" and the flags of the command line', () => {
    expect(describeFieldError(validation('email', 'email.invalid', { value: 'x@' }), 'nl', 'E-mailadres')).not.toMatch(/^email:|E-mailadres:/);
    expect(describeFieldError(validation('theme', 'theme.required'), 'nl', "Thema's")).toBe('minstens één thema is verplicht');
  });
});
