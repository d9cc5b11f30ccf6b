// Registers the service worker that keeps help and advisories readable offline.
if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('/sw.js'))
