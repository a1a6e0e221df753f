/** The dashboard's Present button, which the deck gives the focus back to as it closes. */
export const PRESENT_BUTTON_ID = 'present'
