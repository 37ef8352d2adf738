import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STATIC_ROUTES,
  canonicalPath,
  goodsAnchor,
  goodsUrl,
  guidanceSlug,
  topicPath,
} from '../../../src/lib/routes/paths.ts';

test('addresses of pages made from content, and the route parameters read from them', () => {
  assert.equal(goodsUrl('caviar'), '/goods/caviar.html');
  assert.equal(goodsAnchor('caviar'), 'goods-caviar');
  assert.equal(guidanceSlug('/guidance/exporting-luxury-goods-north-korea.html'), 'exporting-luxury-goods-north-korea');
  assert.equal(topicPath('/topic/business/exporting.html'), 'business/exporting');
});

test('the home page is known as "/", and every fixed address is listed once', () => {
  assert.equal(canonicalPath('/index.html'), '/');
  assert.equal(canonicalPath('/topic/index.html'), '/topic/');
  assert.equal(canonicalPath('/goods.html'), '/goods.html');
  assert.equal(new Set(STATIC_ROUTES).size, STATIC_ROUTES.length);
  assert.ok(STATIC_ROUTES.every((path) => path.startsWith('/')));
});
