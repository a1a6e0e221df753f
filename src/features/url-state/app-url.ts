/** Where the app is hosted: origin and path, without the view state (the query). Links are built on it. */
export const appUrl = () => window.location.origin + window.location.pathname
