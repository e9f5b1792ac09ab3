import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

export class CreateIrRequestDto {
  @ApiProperty({ description: 'IR sessions in order of preference', example: ['5f0c…'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true }) sessionIds: string[];
}
