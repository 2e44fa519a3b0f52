/** Pages of typical-experience stories and suggestions (docs/story-suggestion-screens.md). */
export const STORY_SUGGESTION_ROUTES = {
  myStories: '/packages/secretary/stories/index',
  storyEdit: '/packages/secretary/story-edit/index',
  branchSuggestions: '/packages/secretary/suggestions/index',
  storyReview: '/packages/organiser/story-review/index',
  overdueSuggestions: '/packages/organiser/suggestions-overdue/index',
  storyFeed: '/packages/villager/stories/index',
  story: '/packages/villager/story/index',
  suggest: '/packages/villager/suggest/index',
  mySuggestions: '/packages/villager/my-suggestions/index',
} as const
