import { z } from 'astro/zod';

/**
 * UK telephone numbers have 11 digits in national form (0 followed by 10 digits), written with
 * optional spaces. +44 numbers are accepted and mean the same number without its leading 0.
 */
function nationalDigits(written: string): string {
  const compact = written.replace(/[\s()-]/g, '');
  return compact.startsWith('+44') ? `0${compact.slice(3).replace(/^0/, '')}` : compact;
}

export function ukTelephoneProblem(written: string): string | undefined {
  const digits = nationalDigits(written);
  if (!/^\d+$/.test(digits)) return `"${written}" is not a valid UK telephone number: use digits and spaces only`;
  if (!digits.startsWith('0') || digits.startsWith('00'))
    return `"${written}" is not a valid UK telephone number: it must start with 0 (or +44)`;
  if (digits.length !== 11)
    return `"${written}" is not a valid UK telephone number: it has ${digits.length} digits, UK numbers have 11 (such as 020 7215 4594)`;
  return undefined;
}

/** The tel: form that works from any country: +44 and the national number without its 0. */
export function internationalTelephone(written: string): string {
  return `+44${nationalDigits(written).slice(1)}`;
}

export const ukTelephone = z.string().superRefine((value, ctx) => {
  const problem = ukTelephoneProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
