/**
 * What one meeting is worth to the schedule: mutual interest ≫ one-sided interest > score alone. Scores are
 * 0–100, so +200 for mutual interest outranks any score difference, and +50 for one side's interest
 * outranks a 50-point score gap. Always positive (the planner requires it).
 */
export function requestValue(score: number, startupDecision: string | null, counterpartDecision: string | null): number {
  const interested = Number(startupDecision === 'interested') + Number(counterpartDecision === 'interested');
  const bonus = interested === 2 ? 200 : interested === 1 ? 50 : 0;
  return Math.round((Math.max(1, score) + bonus) * 10) / 10;
}
