import { expect, it } from 'vitest';
import { counted } from '../../src/text/counted.ts';

it('says one file, not one files, in what the build and npm start print', () => {
  expect(counted(1, 'file')).toBe('1 file');
  expect(counted(0, 'file')).toBe('0 files');
  expect(counted(7, 'meeting')).toBe('7 meetings');
  expect(counted(2, 'box', 'boxes')).toBe('2 boxes');
});
