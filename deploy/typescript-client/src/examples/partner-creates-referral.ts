// Compiled with the client in the build, so a change in the API that breaks this usage breaks the build.
// A partner system creates a referral idempotently and submits it, with the consent its hand-over needs.
import { referral } from '../index';

export async function referFictionalPerson(baseUrl: string, token: string, idempotencyKey: string): Promise<string> {
  const api = new referral.ReferralsApi(new referral.Configuration({ basePath: baseUrl, accessToken: token }));
  const created = await api.create({
    idempotencyKey,
    referralInput: {
      jurisdiction: referral.Jurisdiction.No,
      person: {
        givenName: 'Testa',
        familyName: 'Fiktivsdottir',
        estimatedBirthYear: 1990,
        nationality: 'GE',
        countryOfReturn: 'GE',
      },
      consents: [
        { purpose: referral.ConsentPurpose.ShareWithIom, language: 'ka', interpreterUsed: true },
        { purpose: referral.ConsentPurpose.FeedbackToReferrer, language: 'ka', interpreterUsed: true },
      ],
      submit: true,
    },
  });
  return created.id!;
}

// A refusal arrives as an RFC 9457 problem; the client raises ResponseError carrying the response.
export async function problemTypeOf(error: unknown): Promise<string | undefined> {
  if (error instanceof referral.ResponseError) {
    const problem = (await error.response.json()) as referral.Problem;
    return problem.type;
  }
  return undefined;
}
