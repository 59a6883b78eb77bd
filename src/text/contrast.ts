/**
 * Colour contrast as WCAG 2.2 defines it (success criterion 1.4.3): the ratio
 * of the relative luminances of two colours, from 1:1 to 21:1.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** Normal text and controls need 4.5:1 against their background (WCAG 1.4.3 and 1.4.11, level AA). */
export const MINIMUM_TEXT_CONTRAST = 4.5;

/** The relative luminance of a colour written `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map(linear);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** sRGB channel value to linear light. */
function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** The contrast ratio of two colours written `#rrggbb`, such as 7.4 for 7.4:1. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** A ratio as people write it: 4.48 becomes "4.4:1" (rounded down, so a failing colour never reads as 4.5). */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}
