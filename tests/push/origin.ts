/**
 * The name the test push service's endpoints carry. Push resources are https (RFC 8030
 * §2) and the VAPID audience is their origin; the tests route this origin to the
 * loopback service at the network boundary (the Worker's outbound fetch), as DNS and
 * TLS would for a real push service.
 */
export const PUSH_ORIGIN = 'https://push.homeward.test'
