/** Box-blurs an interleaved RGB float image in place along rows then columns, `passes` times (three approximate a Gaussian). */
export function boxBlur(px: Float32Array, w: number, h: number, radius: number, passes: number): void {
  const r = Math.max(1, Math.round(radius));
  const line = new Float32Array(Math.max(w, h) * 3);
  for (let p = 0; p < passes; p++) {
    blurAxis(px, line, w, h, r, 3, w * 3);
    blurAxis(px, line, h, w, r, w * 3, 3);
  }
}

/** Blurs `count` lines of length n; step walks along a line, stride moves between lines. */
function blurAxis(px: Float32Array, line: Float32Array, n: number, count: number, r: number, step: number, stride: number): void {
  const norm = 1 / (2 * r + 1);
  for (let l = 0; l < count; l++) {
    const base = l * stride;
    for (let i = 0; i < n; i++) {
      const s = base + i * step;
      line[i * 3] = px[s] ?? 0;
      line[i * 3 + 1] = px[s + 1] ?? 0;
      line[i * 3 + 2] = px[s + 2] ?? 0;
    }
    let sr = 0;
    let sg = 0;
    let sb = 0;
    // Edges are clamped: the first and last samples repeat beyond the border.
    for (let i = -r; i <= r; i++) {
      const j = (i < 0 ? 0 : i >= n ? n - 1 : i) * 3;
      sr += line[j] ?? 0;
      sg += line[j + 1] ?? 0;
      sb += line[j + 2] ?? 0;
    }
    for (let i = 0; i < n; i++) {
      const s = base + i * step;
      px[s] = sr * norm;
      px[s + 1] = sg * norm;
      px[s + 2] = sb * norm;
      const out = (i - r < 0 ? 0 : i - r) * 3;
      const inn = (i + r + 1 >= n ? n - 1 : i + r + 1) * 3;
      sr += (line[inn] ?? 0) - (line[out] ?? 0);
      sg += (line[inn + 1] ?? 0) - (line[out + 1] ?? 0);
      sb += (line[inn + 2] ?? 0) - (line[out + 2] ?? 0);
    }
  }
}
