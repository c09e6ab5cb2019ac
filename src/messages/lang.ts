/** The languages the tool speaks: Vietnamese by default, English with --lang en. */
export type Lang = 'vi' | 'en';
