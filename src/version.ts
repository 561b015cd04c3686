/** The action's version, shown in the PR body's reproducibility block. Kept equal to package.json's (a test checks). */
export const ACTION_VERSION = '1.0.0'
