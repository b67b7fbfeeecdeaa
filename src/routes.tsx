/**
 * Every URL of PRODUCT.md "Screens and URLs" (a public contract: receipts are printed with
 * them). Each screen is its own chunk, loaded on first visit — except sign-in.
 */
import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
// A newcomer's first screen: part of the entry bundle, so it paints without another round trip.
import SignInScreen from './features/signin/SignInScreen';

/** Screens that work without a session; every other one asks to sign in first. */
export const PUBLIC_PATHS = [/^\/signin$/, /^\/r\/[^/]*$/];

export const routes: RouteDefinition[] = [
  { path: '/', component: lazy(() => import('./features/inbox/InboxScreen')) },
  { path: '/businesses', component: lazy(() => import('./features/businesses/BusinessesScreen')) },
  { path: '/b/:businessId', component: lazy(() => import('./features/businesses/BusinessScreen')) },
  { path: '/orders', component: lazy(() => import('./features/orders/OrdersScreen')) },
  { path: '/orders/:orderId', component: lazy(() => import('./features/orders/OrderScreen')) },
  { path: '/payments', component: lazy(() => import('./features/payments/PaymentsScreen')) },
  { path: '/payments/:paymentId', component: lazy(() => import('./features/payments/PaymentScreen')) },
  { path: '/r/:code', component: lazy(() => import('./features/receipts/ReceiptScreen')) },
  { path: '/privacy', component: lazy(() => import('./features/privacy/PrivacyScreen')) },
  { path: '/settings', component: lazy(() => import('./features/settings/SettingsScreen')) },
  { path: '/signin', component: SignInScreen },
  { path: '*404', component: lazy(() => import('./features/not-found/NotFoundScreen')) },
];
