/**
 * Astronomical core of the Vietnamese lunar calendar, after Hồ Ngọc Đức's published algorithm
 * ("Thuật toán tính âm lịch", Hồ Ngọc Đức, 2004; itself after Jean Meeus, "Astronomical
 * Algorithms", 1998), evaluated at a given time zone (UTC+7 for Vietnam).
 *
 * All day values here are Julian day numbers (JDN): integer days, JDN 2440588 = 1970-01-01.
 *
 * @internal
 */

/** Julian day number of 1970-01-01 (core day number 0). */
export const JDN_EPOCH = 2440588;

const PI = Math.PI;
const DR = PI / 180;

/** Julian date (fractional) of the k-th new moon after 1900-01-01 (Meeus ch. 49, simplified). */
export function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π), at Julian date `jdn`. */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L = L - PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

/** JDN of the local civil day on which the k-th new moon falls, at `timeZone` hours from UTC. */
export const newMoonDay = (k: number, timeZone: number): number =>
  Math.floor(newMoon(k) + 0.5 + timeZone / 24);

/** Major solar term index 0–11 (sun longitude / 30°) at the start of local day `jdn`. */
export const sunLongitudeSector = (jdn: number, timeZone: number): number =>
  Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / PI) * 6);

/** Mean synodic month, days. */
export const SYNODIC = 29.530588853;
/** Julian date of the reference new moon of 1900-01-01. */
export const NEW_MOON_1900 = 2415021.076998695;

/** JDN of the first day of lunar month 11 (the month containing the winter solstice) of year `yy`. */
export function lunarMonth11(jdnDec31: number, timeZone: number): number {
  const off = jdnDec31 - 2415021;
  const k = Math.floor(off / SYNODIC);
  let nm = newMoonDay(k, timeZone);
  const sector = sunLongitudeSector(nm, timeZone);
  if (sector >= 9) nm = newMoonDay(k - 1, timeZone);
  return nm;
}

/** Offset (in months, counted from month 11) of the leap month in a lunar year starting at `a11`. */
export function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_1900) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}
