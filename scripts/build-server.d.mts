/** Types of scripts/build-server.mjs for the TypeScript that imports it (the start test and benchmark). */
export declare const SERVER_BUNDLE: string;
export declare function serverBuildIsCurrent(): boolean;
export declare function buildServer(outfile?: string): Promise<void>;
