// Prerender every route to static files (adapter-static).
export const prerender = true;
export const trailingSlash = 'never';
