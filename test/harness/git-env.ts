/** A git that commits as a fixed clerk and reads no configuration of the machine running the tests. */
export const GIT_ENV: Record<string, string | undefined> = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_AUTHOR_NAME: 'Văn thư',
  GIT_AUTHOR_EMAIL: 'vanthu@example.gov.vn',
  GIT_COMMITTER_NAME: 'Văn thư',
  GIT_COMMITTER_EMAIL: 'vanthu@example.gov.vn',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
