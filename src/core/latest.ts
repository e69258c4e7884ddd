/**
 * A KPI's latest reading: the last period with a value, so the month not reported yet does
 * not hide the one before it. Blank when the KPI has no reading at all.
 */
export function latestReading(history: (number | null)[] | null): number | '' {
  if (history === null) return '';
  for (let index = history.length - 1; index >= 0; index--) {
    const reading = history[index];
    if (reading !== null && reading !== undefined) return reading;
  }
  return '';
}
