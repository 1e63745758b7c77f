import { describe, expect, it } from 'vitest';
import { canConnect, convertValue } from './can-connect';
import { PORT_TYPES } from './value-types';

describe('canConnect', () => {
  it('accepts every type into itself', () => {
    for (const type of PORT_TYPES) expect(canConnect(type, type)).toBe(true);
  });

  it('widens integers to numbers and scalars to text, never the other way', () => {
    expect(canConnect('integer', 'number')).toBe(true);
    expect(canConnect('number', 'integer')).toBe(false);
    expect(canConnect('number', 'text')).toBe(true);
    expect(canConnect('text', 'number')).toBe(false);
  });

  it('lets a product stand in for its image but refuses params into an image', () => {
    expect(canConnect('product', 'image')).toBe(true);
    expect(canConnect('image', 'product')).toBe(false);
    expect(canConnect('params', 'image')).toBe(false);
  });

  it('converts values that cross a widening wire', () => {
    expect(convertValue('integer', 'text', 42)).toBe('42');
    expect(convertValue('boolean', 'text', false)).toBe('false');
    const image = { hash: 'h', mime: 'image/png', width: 1, height: 1 };
    expect(convertValue('product', 'image', { id: 'p', image, thumbnails: {} })).toBe(image);
    expect(convertValue('integer', 'number', 3)).toBe(3);
  });
});
