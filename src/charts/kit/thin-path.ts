/**
 * A d3 path context that writes whole pixels and drops a point nearer than `tolerance` pixels to
 * the last one kept: a map of every council in England at page width has more points than a
 * screen can show, and they tripled its weight. Rings keep at least their first three points.
 */
export class ThinPath {
  private parts: string[] = [];
  private lx = NaN;
  private ly = NaN;
  private inRing = 0;
  constructor(private tolerance: number) {}
  moveTo(x: number, y: number) {
    this.lx = Math.round(x);
    this.ly = Math.round(y);
    this.inRing = 1;
    this.parts.push(`M${this.lx} ${this.ly}`);
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (this.inRing >= 3 && Math.hypot(rx - this.lx, ry - this.ly) < this.tolerance) return;
    if (rx === this.lx && ry === this.ly) return;
    this.parts.push(`l${rx - this.lx} ${ry - this.ly}`);
    this.lx = rx;
    this.ly = ry;
    this.inRing++;
  }
  closePath() {
    this.parts.push('z');
    this.inRing = 0;
  }
  arc() {}
  rect() {}
  result(): string {
    const s = this.parts.join('');
    this.parts = [];
    return s;
  }
}
