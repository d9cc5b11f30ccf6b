import type { Vault } from './index'

/** The key a chat is counted under: an HMAC of platform and id, never the id itself. */
export const chatKey = (vault: Vault, platform: 'telegram' | 'kakao', chatId: string) => vault.opaqueHash('chat', `${platform}:${chatId}`)
