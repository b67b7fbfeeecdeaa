/**
 * Every URL of PRODUCT.md "Screens and URLs" (a public contract: receipts are printed with
 * them). Each screen is its own chunk, loaded on first visit — except sign-in.
 */
import type { RouteDefinition } from '@solidjs/router';
import { type Component, lazy } from 'solid-js';
// A newcomer's first screen: part of the entry bundle, so it paints without another round trip.
import SignInScreen from '../features/signin/SignInScreen';
import { withMessages } from '../i18n';

/** A lazy screen whose messages load with it. */
const screen = (load: () => Promise<{ default: Component }>) => lazy(withMessages(load));

/** Screens that work without a session; every other one asks to sign in first. */
export const PUBLIC_PATHS = [/^\/signin$/, /^\/r\/[^/]*$/];

export const routes: RouteDefinition[] = [
  { path: '/', component: screen(() => import('../features/inbox/InboxScreen')) },
  { path: '/businesses', component: screen(() => import('../features/businesses/BusinessesScreen')) },
  { path: '/b/:businessId', component: screen(() => import('../features/businesses/BusinessScreen')) },
  { path: '/orders', component: screen(() => import('../features/orders/OrdersScreen')) },
  { path: '/orders/:orderId', component: screen(() => import('../features/orders/OrderScreen')) },
  { path: '/payments', component: screen(() => import('../features/payments/PaymentsScreen')) },
  { path: '/payments/:paymentId', component: screen(() => import('../features/payments/PaymentScreen')) },
  { path: '/r/:code', component: screen(() => import('../features/receipts/ReceiptScreen')) },
  { path: '/privacy', component: screen(() => import('../features/privacy/PrivacyScreen')) },
  { path: '/settings', component: screen(() => import('../features/settings/SettingsScreen')) },
  { path: '/signin', component: SignInScreen },
  { path: '*404', component: screen(() => import('../features/not-found/NotFoundScreen')) },
];
