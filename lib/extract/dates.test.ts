import { dateParts, normalizeDate } from './dates';

describe('normalizeDate', () => {
  it.each([
    ['2022-11-30T13:22:00+07:00', undefined, '2022-11-30T13:22:00+07:00'],
    ['2022-11-30T13:22:00+0700', undefined, '2022-11-30T13:22:00+07:00'],
    ['2015-03-17T16:27:40.294Z', undefined, '2015-03-17T16:27:40.294Z'],
    ['2015-04-08T12:46:00', undefined, '2015-04-08'],
    ['2014-12-15', undefined, '2014-12-15'],
    ['2014-12', undefined, '2014-12'],
    ['2014', undefined, '2014'],
    ['2015/03/17', undefined, '2015-03-17'],
    ['30/11/2022', 'vi', '2022-11-30'],
    ['13:22 | 30/11/2022 GMT+7', 'vi', '2022-11-30'],
    ['Thứ tư, 30/11/2022', 'vi', '2022-11-30'],
    ['01/02/2022', 'en-GB', '2022-02-01'],
    ['01/02/2022', 'en-US', '2022-01-02'],
    ['12/31/2022', 'fr', '2022-12-31'],
    ['March 25, 2015', 'en', '2015-03-25'],
    ['Fri Mar 13 21:30:09 EST 2015', 'en', '2015-03-13'],
  ])('%s (%s) → %s', (raw, lang, expected) => {
    expect(normalizeDate(raw, lang)).toBe(expected);
  });

  it.each(['', 'soon', '2022-02-30', '2022-13-01', '31/31/2022', '10.1000/182', 'x'.repeat(1e6)])(
    'refuses %s',
    (raw) => {
      expect(normalizeDate(raw)).toBeUndefined();
    },
  );

  it('gives the local date parts of an instant', () => {
    expect(dateParts('2022-11-30T01:00:00+07:00')).toEqual([2022, 11, 30]);
    expect(dateParts('2014-12')).toEqual([2014, 12]);
    expect(dateParts('2014')).toEqual([2014]);
  });
});
