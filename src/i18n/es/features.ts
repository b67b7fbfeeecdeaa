/** Spanish messages of the lazy-loaded screens: one chunk, loaded with the first of them. */
import { consent } from './consent';
import { orders } from './orders';
import { trust } from './trust';

export const features = { ...trust, ...consent, ...orders };
