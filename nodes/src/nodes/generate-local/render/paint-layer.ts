import { paintAbstract } from './layers/abstract';
import { paintBackdrop } from './layers/backdrop';
import { paintCastle } from './layers/castle';
import { paintCity } from './layers/city';
import { paintDisc } from './layers/disc';
import { paintFigure } from './layers/figure';
import { paintFlowers } from './layers/flowers';
import { paintForest } from './layers/forest';
import { paintGalaxy } from './layers/galaxy';
import { paintGrid } from './layers/grid';
import { paintNebula } from './layers/nebula';
import { paintRidges } from './layers/ridges';
import { paintShape } from './layers/shapes';
import { paintSky } from './layers/sky';
import { paintSpiral } from './layers/spiral';
import { paintStars } from './layers/stars';
import { paintWater } from './layers/water';
import { paintWaves } from './layers/waves';
import type { Layer, PaintContext } from './scene';

/** Paints one planned layer onto the context's canvas. */
export function paintLayer(ctx: PaintContext, layer: Layer, broadleaved: boolean): void {
  switch (layer.type) {
    case 'sky': return paintSky(ctx, layer.clouds);
    case 'nebula': return paintNebula(ctx);
    case 'stars': return paintStars(ctx, layer.density, layer.bottom);
    case 'galaxy': return paintGalaxy(ctx, layer.x, layer.y, layer.r, layer.tilt);
    case 'disc': return paintDisc(ctx, layer.kind, layer.x, layer.y, layer.r);
    case 'ridges': return paintRidges(ctx, layer.kind, layer.top, layer.bottom, layer.count);
    case 'city': return paintCity(ctx, layer.base, layer.top);
    case 'castle': return paintCastle(ctx, layer.base, layer.x, layer.size);
    case 'water': return paintWater(ctx, layer.top);
    case 'forest': return paintForest(ctx, layer.top, layer.bottom, layer.rows, broadleaved);
    case 'flowers': return paintFlowers(ctx, layer.top);
    case 'figure': return paintFigure(ctx, layer.kind, layer.x, layer.size);
    case 'shape': return paintShape(ctx, layer.kind, layer.x, layer.y, layer.size, layer.angle, layer.hue);
    case 'spiral': return paintSpiral(ctx, layer.x, layer.y, layer.r);
    case 'waves': return paintWaves(ctx, layer.top);
    case 'grid': return paintGrid(ctx, layer.perspective, layer.top);
    case 'backdrop': return paintBackdrop(ctx);
    case 'abstract': return paintAbstract(ctx, layer.variant);
    default: {
      const unreachable: never = layer;
      throw new Error(`Unknown layer ${JSON.stringify(unreachable)}`);
    }
  }
}
